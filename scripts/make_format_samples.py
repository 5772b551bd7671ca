"""Build the PDF and DOCX samples from their text twins (samples/*.txt), as bodies publish them.

usage: python scripts/make_format_samples.py

The PDF is set with reportlab on A4 with a running head and "Page N of M" on
every page, and its attendance as a two-column table (the layout that plain
extraction shreds); the DOCX is written with python-docx with real Word
numbering for the numbered items and a header. Re-run after editing the text.
"""

from __future__ import annotations

from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SOURCE = SAMPLES / "uk-borough-council.txt"


def paragraphs(text: str) -> list[str]:
    return [line for line in text.splitlines()]


def make_pdf(text: str, out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    story = []
    for line in paragraphs(text):
        if not line.strip():
            story.append(Spacer(1, 0.3 * cm))
        elif line.startswith("PRESENT:"):
            names = line.removeprefix("PRESENT:").strip().rstrip(".").replace(" and ", ", ").split(", ")
            story.append(Paragraph("PRESENT:", styles["BodyText"]))
            rows = [names[i : i + 2] + [""] * (2 - len(names[i : i + 2])) for i in range(0, len(names), 2)]
            story.append(Table(rows, colWidths=[8 * cm, 8 * cm]))
        elif line.isupper() or (line[:3].rstrip(".").isdigit() and line.split(". ", 1)[-1].isupper()):
            story.append(Paragraph(line, styles["Heading3"]))
        else:
            story.append(Paragraph(line.replace("&", "&amp;"), styles["BodyText"]))
        # Long enough to run over pages, so the running head and page numbers repeat.
        story.append(Spacer(1, 0.9 * cm))

    def furniture(canvas, doc):  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, "Northbridge Borough Council - Cabinet - 7 November 2023")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    SimpleDocTemplate(str(out), pagesize=A4, title="Cabinet minutes").build(story, onFirstPage=furniture, onLaterPages=furniture)


def make_docx(text: str, out: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Northbridge Borough Council - Cabinet"
    numbered = 0
    for line in paragraphs(text):
        if not line.strip():
            continue
        head, _, rest = line.partition(". ")
        if head.isdigit() and rest.isupper():
            # Word's own numbering: the reader has to render "41." from numbering.xml.
            para = document.add_paragraph(rest, style="List Number")
            if not numbered:
                _start_list_at(para, int(head))
            numbered += 1
        else:
            document.add_paragraph(line)
    document.save(str(out))


def _start_list_at(para, start: int) -> None:  # type: ignore[no-untyped-def]
    """Make the List Number list start at ``start`` (the minute numbers run on from the last meeting)."""
    numbering = para.part.numbering_part.element
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    style = para.style
    num_id = style.element.find(f"{ns}pPr/{ns}numPr/{ns}numId").get(f"{ns}val")
    num = next(n for n in numbering.iter(f"{ns}num") if n.get(f"{ns}numId") == num_id)
    abstract_id = num.find(f"{ns}abstractNumId").get(f"{ns}val")
    absnum = next(a for a in numbering.iter(f"{ns}abstractNum") if a.get(f"{ns}abstractNumId") == abstract_id)
    lvl = absnum.find(f"{ns}lvl")
    lvl.find(f"{ns}start").set(f"{ns}val", str(start))


def main() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    make_pdf(text, SAMPLES / "uk-borough-council-pdf.pdf")
    make_docx(text, SAMPLES / "uk-borough-council-docx.docx")


if __name__ == "__main__":
    main()

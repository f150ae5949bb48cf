# Writes nbformat 3 notebooks (as IPython 1-2 wrote them) into argv[1], and beside each NAME.ipynb the
# NAME.upgraded.ipynb that Debian's nbformat makes of it (read as version 4, written back). The C# tests
# compare NotebookKit's upgrade with those files and its `clear` with nbconvert's.
import json, os, sys
import nbformat

out = sys.argv[1]

def code(input, outputs=(), prompt_number=None, collapsed=False, **extra):
    cell = {"cell_type": "code", "collapsed": collapsed, "input": input, "language": "python",
            "metadata": {}, "outputs": list(outputs)}
    if prompt_number is not None:
        cell["prompt_number"] = prompt_number
    cell.update(extra)
    return cell

def v3(cells, metadata=None, worksheets=None, **extra):
    nb = {"metadata": metadata if metadata is not None else {"name": ""}, "nbformat": 3, "nbformat_minor": 0,
          "worksheets": worksheets if worksheets is not None else [{"cells": cells, "metadata": {}}]}
    nb.update(extra)
    return nb

notebooks = {
    # Heading cells of several levels (one with a multi-line source), markdown, raw and html cells.
    "headings": v3([
        {"cell_type": "heading", "level": 1, "metadata": {}, "source": "Lesson one"},
        {"cell_type": "heading", "level": 3, "metadata": {"tags": ["x"]}, "source": ["Two\n", "lines\r\n", "here"]},
        {"cell_type": "heading", "metadata": {}, "source": "no level"},
        {"cell_type": "markdown", "metadata": {}, "source": ["Some *text*\n", "\n", "$x^2$"]},
        {"cell_type": "markdown", "metadata": {}, "source": ["joined", "without", "newlines"]},
        {"cell_type": "raw", "metadata": {"format": "text/plain"}, "source": "raw\ntext"},
        {"cell_type": "html", "metadata": {}, "source": "<b>old html cell</b>"},
        code("", prompt_number=None),
    ], metadata={"name": "headings", "signature": "sha256:abc"}),

    # Every v3 output kind: pyout with several mime keys, display_data with metadata, streams, pyerr.
    "outputs": v3([
        code(["x = 1\n", "x"], prompt_number=1, collapsed=True, outputs=[
            {"output_type": "pyout", "prompt_number": 1, "metadata": {}, "text": ["1"], "html": ["<b>1</b>\n", "<i>x</i>"],
             "latex": ["$1$"], "json": ["{\"a\": [1, 2.5, 1e-07], \"b\": null}"], "javascript": "console.log(1)",
             "svg": ["<svg>\n", "</svg>"], "png": "iVBORw0KGgo=", "jpeg": "/9j/4AAQ"},
        ]),
        code("print(1)", prompt_number=2, outputs=[
            {"output_type": "stream", "stream": "stdout", "text": ["1\n", "2\n"]},
            {"output_type": "stream", "stream": "stderr", "text": "warn: é\n"},
            {"output_type": "stream", "text": "no stream name\n"},
        ]),
        code("display()", prompt_number=3, outputs=[
            {"output_type": "display_data", "metadata": {"png": {"width": 10}}, "png": "iVBORw0KGgo=", "text": "<Figure>"},
            {"output_type": "display_data", "html": "<p>no metadata</p>"},
        ]),
        code("1/0", prompt_number=4, outputs=[
            {"output_type": "pyerr", "ename": "ZeroDivisionError", "evalue": "division by zero",
             "traceback": ["\x1b[0;31m---\x1b[0m", "ZeroDivisionError: division by zero"]},
        ]),
    ], metadata={"name": "outputs", "kernelspec": {"name": "python2", "display_name": "Python 2"}, "custom": {"n": [1, 2.0, True, None]}}),

    # Two worksheets (flattened), top-level orig_nbformat, trusted cells, unknown cell fields kept.
    "worksheets": v3([], metadata={"name": "two", "language": "python"}, worksheets=[
        {"cells": [code("a = 1", prompt_number=5, trusted=True, metadata={"trusted": True, "scrolled": True, "keep": 1})], "metadata": {}},
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": "second sheet", "rendered": ["<p>second</p>\n", "sheet"]},
                   {"cell_type": "raw", "source": "a cell without metadata"},
                   {"cell_type": "code", "input": "b = 2", "outputs": [{"output_type": "pyout", "text": "2"}]}]},
    ], orig_nbformat=2),

    # An empty v3 notebook.
    "empty": v3([]),
}

for name, nb in notebooks.items():
    path = os.path.join(out, name + ".ipynb")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(nb, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    upgraded = nbformat.read(path, as_version=4)
    with open(os.path.join(out, name + ".upgraded.ipynb"), "w", encoding="utf-8") as f:
        nbformat.write(upgraded, f)

# Writes notebooks with Debian's nbformat into the folder given as argv[1]; the C# tests read them back.
import sys, os, copy
import nbformat
from nbformat.v4 import new_notebook, new_code_cell, new_markdown_cell, new_raw_cell, new_output

out = sys.argv[1]

def rich():
    nb = new_notebook()
    nb.metadata = {
        "kernelspec": {"name": "notebookkit", "display_name": "C# (NotebookKit)", "language": "csharp"},
        "language_info": {"name": "csharp", "file_extension": ".cs"},
        "widgets": {"application/vnd.jupyter.widget-state+json": {"state": {"abc": {"model_name": "IntSlider", "state": {"value": 3}}}, "version_major": 2, "version_minor": 0}},
        "zz_unknown_tool": {"numbers": [1, 2.5, 1e-7, 1e16, 1e15, 123456789.123, -0.0001, 0.1, 3.0, 1e300, 2**70], "flag": True, "none": None},
        "ünïcode": "Δ → 😀 \u2028 tab\there \"quoted\" back\\slash \x01",
    }
    md = new_markdown_cell("# Lesson 1: neurons\n\nA neuron computes $z = w \\cdot x + b$.\r\nWindows line\rold mac\x0bvt\x0cff\u2029para\n\n$$\\sigma(z) = \\frac{1}{1+e^{-z}}$$\n")
    md.attachments = {"image.png": {"image/png": "iVBORw0KGgo=", "text/plain": ["line one\n", "line two"]}}
    md.metadata = {"tags": ["intro"], "slideshow": {"slide_type": "slide"}}
    code = new_code_cell("var x = 1;\nConsole.WriteLine(x);\nx + 1", execution_count=3)
    code.metadata = {"collapsed": False, "scrolled": True, "custom": {"deep": [1, {"a": None}]}, "trusted": True}
    code.outputs = [
        new_output("stream", name="stdout", text="1\n2\n"),
        new_output("stream", name="stderr", text="warning: é\n"),
        new_output("display_data", data={"text/plain": "<table>", "text/html": "<table>\n<tr><td>1</td></tr>\n</table>", "image/svg+xml": "<svg>\n</svg>", "application/json": {"a": [1, 2]}, "application/vnd.plotly.v1+json": {"data": [{"x": [1, 2], "y": [0.5, 1.5]}], "layout": {}}}, metadata={"image/png": {"width": 10}}),
        new_output("execute_result", data={"text/plain": "2"}, execution_count=3),
        new_output("error", ename="InvalidOperationException", evalue="bad", traceback=["\x1b[31mline 1\x1b[0m", "at Submission#0"]),
    ]
    code.outputs[2]["transient"] = {"display_id": "abc"}  # not in the schema but kept by nbformat
    raw = new_raw_cell("raw\ntext", metadata={"format": "text/plain"})
    empty = new_code_cell("")
    nb.cells = [md, code, raw, empty, new_markdown_cell("")]
    return nb

nb = rich()
with open(os.path.join(out, "rich45.ipynb"), "w", encoding="utf-8") as f:
    nbformat.write(nb, f)

for minor in (0, 4):
    old = copy.deepcopy(nb)
    old.nbformat_minor = minor
    for cell in old.cells:
        cell.pop("id", None)
    if minor == 0:
        for cell in old.cells:
            cell.pop("attachments", None)
    with open(os.path.join(out, "rich4%d.ipynb" % minor), "w", encoding="utf-8") as f:
        nbformat.write(old, f)

empty = new_notebook()
with open(os.path.join(out, "empty.ipynb"), "w", encoding="utf-8") as f:
    nbformat.write(empty, f)

# Runs a notebook with Debian's nbclient against the kernelspec "notebookkit" (found through JUPYTER_PATH),
# then merges streams as nbconvert's coalesce_streams does, and writes the result: argv[1] in, argv[2] out.
import sys
import nbformat
from nbclient import NotebookClient
from nbconvert.preprocessors.coalescestreams import coalesce_streams

nb = nbformat.read(sys.argv[1], as_version=4)
client = NotebookClient(nb, kernel_name="notebookkit", allow_errors=True, timeout=180, record_timing=False, startup_timeout=120)
client.execute()
nb, _ = coalesce_streams(nb, {})
nbformat.write(nb, sys.argv[2])

"""Presses Stop the way JupyterLab does (jupyter_client's km.interrupt_kernel(), which follows the kernelspec's
interrupt_mode) at the moments a learner would, and prints one JSON line of what the kernel answered.

    python3 drive_lifecycle.py KERNEL [KERNEL ...]

Each KERNEL is a kernelspec name; "python3" runs the same scenarios on ipykernel, to compare. One process drives
every case: starting Python and importing jupyter_client is the slow part.
"""
import json
import sys
import time
from queue import Empty

from jupyter_client.manager import start_new_kernel

# The same scenarios in C# and in Python: (blocking cell, cells that must succeed afterwards with these values).
CODE = {
    "csharp": {
        "loop": "while (true) { }",
        "sleep": "System.Threading.Thread.Sleep(60000);",
        "event_wait": "new System.Threading.ManualResetEventSlim(false).Wait();",
        "task_wait": "System.Threading.Tasks.Task.Delay(60000).Wait();",
        "task_result": "System.Threading.Tasks.Task.Delay(60000).ContinueWith(_ => 1).Result",
        "readline": "var line = Console.ReadLine();",
        "fit": "var model = new Sequential(new Dense(3, inputs: 2, activation: Activation.Softmax));\n"
               "model.Compile(new SGD(0.1), Loss.CategoricalCrossEntropy);\n"
               "var fx = Matrix<float>.Build.Dense(3000, 2, (i, j) => (float)((i * 7 + j * 3) % 11) / 11f);\n"
               "var fy = Matrix<float>.Build.Dense(3000, 3, (i, j) => j == i % 3 ? 1f : 0f);\n"
               "model.Fit(fx, fy, epochs: 1_000_000, batchSize: 10);",
        "unstoppable": "System.Threading.Thread.SpinWait(int.MaxValue);",
        "print": 'Console.WriteLine("hello {n}");',
        "assign": "var v{n} = {n};",
        "value": "v{n} * 2 + 1",
    },
    "python": {
        "loop": "while True:\n    pass",
        "sleep": "import time\ntime.sleep(60)",
        "event_wait": "import threading\nthreading.Event().wait()",
        "task_wait": "import concurrent.futures as cf, time\ncf.ThreadPoolExecutor(1).submit(time.sleep, 60).result()",
        "task_result": "import concurrent.futures as cf, time\ncf.ThreadPoolExecutor(1).submit(lambda: time.sleep(60) or 1).result()",
        "readline": "line = input()",
        "fit": "x = 0\nwhile True:\n    x = (x * 7 + 3) % 11",
        "unstoppable": "import time\nwhile True:\n    try:\n        time.sleep(1)\n    except KeyboardInterrupt:\n        pass",
        "print": 'print("hello {n}")',
        "assign": "v{n} = {n}",
        "value": "v{n} * 2 + 1",
    },
}


class Driver:
    def __init__(self, kernel_name):
        self.kernel_name = kernel_name
        self.km, self.kc = start_new_kernel(kernel_name=kernel_name, startup_timeout=120)
        self.language = self.kc.kernel_info(reply=True, timeout=60)["content"]["language_info"]["name"]
        self.code = CODE["python" if self.language == "python" else "csharp"]
        self.cells = 0

    def execute(self, code, interrupt_after=None, allow_stdin=False, timeout=30):
        """Runs code; with interrupt_after, presses Stop that many seconds after the kernel said it started the cell."""
        msg_id = self.kc.execute(code, allow_stdin=allow_stdin, stop_on_error=False)
        outputs, started, interrupted_at, idle = [], None, None, False
        deadline = time.time() + timeout
        while not idle and time.time() < deadline:
            if interrupt_after is not None and started is not None and interrupted_at is None \
                    and time.time() - started >= interrupt_after:
                self.km.interrupt_kernel()
                interrupted_at = time.time()
            try:
                msg = self.kc.get_iopub_msg(timeout=0.02)
            except Empty:
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "execute_input":
                started = time.time()
            elif kind == "status":
                idle = msg["content"]["execution_state"] == "idle"
            else:
                outputs.append({"msg_type": kind, "content": msg["content"]})
        reply = self.kc.get_shell_msg(timeout=max(1, deadline - time.time()))
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=max(1, deadline - time.time()))
        result = {"code": code, "reply": reply["content"], "outputs": outputs}
        if interrupted_at is not None:
            result["seconds_to_stop"] = round(time.time() - interrupted_at, 3)
        return result

    def watch_unstoppable(self, seconds):
        """Presses Stop on a cell that cannot be stopped and collects what the cell shows for a while."""
        msg_id = self.kc.execute(self.code["unstoppable"], stop_on_error=False)
        outputs, started = [], time.time()
        interrupted = False
        while time.time() - started < seconds:
            if not interrupted and time.time() - started > 0.5:
                self.km.interrupt_kernel()
                interrupted = True
            try:
                msg = self.kc.get_iopub_msg(timeout=0.1)
            except Empty:
                continue
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] not in ("status", "execute_input"):
                outputs.append({"msg_type": msg["msg_type"], "content": msg["content"]})
        return {"case": "unstoppable", "outputs": outputs}

    def three_cells(self):
        """Three cells that must succeed after an interrupt: a print, an assignment, a value built from it."""
        self.cells += 1
        n = self.cells
        return [self.execute(self.code[k].format(n=n)) for k in ("print", "assign", "value")] + [{"expect": n}]

    def interrupted(self, case, after=1.0, **kw):
        return {"case": case, "interrupted": self.execute(self.code[case], interrupt_after=after, **kw), "after": self.three_cells()}

    def shutdown(self):
        self.km.shutdown_kernel(now=True)
        self.kc.stop_channels()


def scenarios(kernel_name, cycles, unstoppable):
    out = []
    # Fresh kernels: the first cell is interrupted about a second after it was sent, while the kernel may still be warming up.
    for case in ("loop", "sleep", "fit"):
        driver = Driver(kernel_name)
        record = driver.interrupted(case)
        record["fresh"] = True
        out.append(record)
        driver.shutdown()
    # One kernel: Stop before any cell (during the warm-up), then every blocking call, then many interrupt/run cycles.
    driver = Driver(kernel_name)
    driver.km.interrupt_kernel()
    # Neither mode acknowledges to the sender: give the interrupt time to arrive, as a learner's next click would.
    time.sleep(0.5)
    out.append({"case": "before_any_cell", "after": driver.three_cells()})
    for case in ("sleep", "event_wait", "task_wait", "task_result", "fit"):
        out.append(driver.interrupted(case, after=0.3))
    out.append(driver.interrupted("readline", after=0.3, allow_stdin=True))
    for cycle in range(cycles):
        case = ("loop", "sleep", "event_wait", "task_wait")[cycle % 4]
        record = driver.interrupted(case, after=0.05 + 0.02 * (cycle % 5))
        record["cycle"] = cycle
        out.append(record)
    if unstoppable:
        # Last: the kernel is shut down (killed) afterwards, as a learner's restart would.
        out.append(driver.watch_unstoppable(8))
    driver.shutdown()
    return out


if __name__ == "__main__":
    cycles = 20
    # The cell nothing can stop costs seconds of waiting: the first kernel only.
    print(json.dumps({name: scenarios(name, cycles, unstoppable=i == 0) for i, name in enumerate(sys.argv[1:])}))

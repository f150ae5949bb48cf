namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// What a <see cref="CourseJob"/> did: the learner's notebooks it wrote (empty when the lessons could not be read,
/// in which case <see cref="Run"/> says why), and the run of the lessons that made the handouts.
/// </summary>
public sealed record CourseOutcome(IReadOnlyList<string> LearnerNotebooks, RunOutcome Run);

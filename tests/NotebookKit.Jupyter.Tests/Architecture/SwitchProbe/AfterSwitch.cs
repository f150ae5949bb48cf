namespace NotebookKit.Jupyter.Tests.Architecture.SwitchProbe;

/// <summary>A dense switch (compiled to an IL <c>switch</c>) followed by the only use of StringBuilder in its namespace.</summary>
internal static class AfterSwitch
{
    public static string Run(int i)
    {
        int n;
        switch (i)
        {
            case 0: n = 1; break;
            case 1: n = 2; break;
            case 2: n = 3; break;
            case 3: n = 4; break;
            default: n = 0; break;
        }
        return new System.Text.StringBuilder().Append(n).ToString();
    }
}

namespace NotebookKit.Jupyter.Export;

/// <summary>The handouts' own CSS: readable on screen, sensible on paper, no web fonts beyond KaTeX's.</summary>
internal static class HandoutStyle
{
    public const string Css = """
        :root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --code-bg: #f6f8fa; --accent: #0969da; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--fg); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif; }
        /* Chinese pages: a CJK face first (Windows, macOS, Linux with fonts-noto-cjk), lines a little looser. */
        html:lang(zh) body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif; line-height: 1.75; }
        html:lang(zh) pre, html:lang(zh) code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "Noto Sans Mono CJK SC", "Noto Sans CJK SC", "Microsoft YaHei", monospace; }
        .page { display: grid; grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr); gap: 2rem; max-width: 80rem; margin: 0 auto; padding: 1.5rem; }
        nav.toc { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; font-size: 0.9rem; }
        nav.toc h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 0 0 .5rem; }
        nav.toc ul { list-style: none; margin: 0; padding: 0; }
        nav.toc li.toc-2 { padding-left: .8rem; } nav.toc li.toc-3 { padding-left: 1.6rem; }
        nav.toc a, nav.lessons a, .course a { color: var(--accent); text-decoration: none; }
        nav.lessons { display: flex; justify-content: space-between; gap: 1rem; padding: .5rem 0; border-bottom: 1px solid var(--line); margin-bottom: 1rem; font-size: .9rem; }
        nav.lessons.bottom { border-top: 1px solid var(--line); border-bottom: 0; margin-top: 2rem; }
        main.notebook { min-width: 0; }
        .cell { margin: 0 0 1rem; }
        .input { display: flex; gap: .5rem; }
        .prompt { flex: none; width: 4.5rem; color: var(--muted); font: 12px/1.9 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; text-align: right; }
        pre { margin: 0; overflow-x: auto; font: 13.5px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
        pre.code { flex: 1; min-width: 0; background: var(--code-bg); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
        .code .k { color: #cf222e; } .code .s { color: #0a3069; } .code .n { color: #0550ae; } .code .c { color: #6e7781; font-style: italic; }
        .code .p { color: #8250df; } .code .t { color: #953800; }
        .outputs { margin: .3rem 0 0 5rem; }
        .output { display: flex; gap: .5rem; margin: .25rem 0; }
        .output.rich .prompt { margin-left: -5rem; }
        .output-body { flex: 1; min-width: 0; overflow-x: auto; }
        .output.stream pre { padding: .2rem 0; } .output.stderr pre { background: #fff8e6; }
        .output.error pre { background: #ffebe9; color: #82071e; padding: .5rem; border-radius: 6px; }
        .output img { max-width: 100%; height: auto; }
        .plotly-chart { width: 100%; }
        .markdown-cell img { max-width: 100%; }
        .markdown-cell table, .output table { border-collapse: collapse; } .markdown-cell th, .markdown-cell td { border: 1px solid var(--line); padding: .2rem .5rem; }
        .raw-cell pre { color: var(--muted); }
        .course { max-width: 64rem; margin: 2rem auto; padding: 0 1.5rem; } .course ol { padding-left: 1.5rem; } .course li { margin: .4rem 0; }
        .course .intro { color: var(--muted); margin-bottom: 1.5rem; }
        table.course-map { border-collapse: collapse; width: 100%; font-size: .95rem; }
        table.course-map th, table.course-map td { border-bottom: 1px solid var(--line); padding: .5rem .6rem; text-align: left; vertical-align: top; }
        table.course-map th { color: var(--muted); font-weight: 600; font-size: .85rem; }
        table.course-map td.lesson { font-weight: 600; white-space: nowrap; } table.course-map td.time { white-space: nowrap; color: var(--muted); }
        .course-total { margin-top: 1rem; } .course .note { color: var(--muted); font-size: .85rem; }
        nav.languages { text-align: right; font-size: .9rem; } nav.lessons .languages { margin-left: auto; margin-right: 1rem; }
        @media (max-width: 50rem) { .page { grid-template-columns: 1fr; } nav.toc { position: static; max-height: none; } .outputs { margin-left: 0; } .prompt { display: none; } }
        @media print { nav.toc, nav.lessons { display: none; } .page { display: block; padding: 0; } pre { white-space: pre-wrap; } .cell { break-inside: avoid-page; } }
        """;
}

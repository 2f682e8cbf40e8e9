using Reader.Content;
using Reader.Site.Views;

namespace Reader.Site.Rendering;

/// <summary>Renders every page in parallel; the result keeps the pages' order so the build is deterministic.</summary>
public static class SiteRenderer
{
    public static IReadOnlyList<RenderedPage> Render(IReadOnlyList<Page> pages, TemplateSet templates, ViewContext context, DiagnosticBag diagnostics, IProgress<StepProgress>? progress = null)
    {
        var renderer = new PageRenderer(templates, context.SiteView, context.Urls);
        var rendered = new RenderedPage?[pages.Count];
        var done = 0;
        Parallel.For(0, pages.Count, i =>
        {
            rendered[i] = renderer.Render(pages[i], diagnostics);
            progress?.Report(new StepProgress("render", Interlocked.Increment(ref done), pages.Count));
        });
        return [.. rendered.OfType<RenderedPage>()];
    }
}

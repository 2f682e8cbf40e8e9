using Reader.Content;
using Reader.Site.Outputs;
using Reader.Site.Views;

namespace Reader.Site.Rendering;

/// <summary>Renders every page in parallel, each written as soon as it is rendered.</summary>
public static class SiteRenderer
{
    public static void Render(IReadOnlyList<Page> pages, TemplateSet templates, ViewContext context, OutputWriter output, DiagnosticBag diagnostics, IProgress<StepProgress>? progress = null)
    {
        var renderer = new PageRenderer(templates, context.SiteView);
        var done = 0;
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            output.Write(context.Urls.OutputPath(page.Url), () => new { page.Kind, page.Url, page.Meta, page.View }, () => renderer.Render(page, diagnostics));
            progress?.Report(new StepProgress("render", Interlocked.Increment(ref done), pages.Count));
        });
    }
}

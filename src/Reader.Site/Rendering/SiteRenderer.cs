using Reader.Content;
using Reader.Site.Outputs;
using Reader.Site.Views;

namespace Reader.Site.Rendering;

/// <summary>Makes and renders every page in parallel, each written as soon as it is rendered.</summary>
public static class SiteRenderer
{
    /// <returns>What the sitemap needs of each page, in the plan's order.</returns>
    public static IReadOnlyList<SitemapEntry?> Render(IReadOnlyList<Func<Page>> plan, TemplateSet templates, ViewContext context, OutputWriter output, DiagnosticBag diagnostics, IProgress<StepProgress>? progress = null)
    {
        var renderer = new PageRenderer(templates, context.SiteView);
        var sitemap = new SitemapEntry?[plan.Count];
        var done = 0;
        Parallel.For(0, plan.Count, i =>
        {
            var page = plan[i]();
            sitemap[i] = Sitemap.Entry(page);
            output.Write(context.Urls.OutputPath(page.Url), () => new { page.Kind, page.Url, page.Meta, page.View }, () => renderer.Render(page, diagnostics));
            progress?.Report(new StepProgress("render", Interlocked.Increment(ref done), plan.Count));
        });
        return sitemap;
    }
}

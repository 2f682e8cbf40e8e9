using Reader.Content;
using Reader.Site.Outputs;
using Reader.Site.Views;

namespace Reader.Site.Rendering;

/// <summary>Makes and renders every page in parallel, each written as soon as it is rendered.</summary>
public static class SiteRenderer
{
    /// <returns>What the sitemap needs of each page, in the plan's order.</returns>
    /// <summary>A page compared by its inputs is made only when they changed.</summary>
    public static void Render(IReadOnlyList<PlannedPage> plan, TemplateSet templates, ViewContext context, OutputWriter output, DiagnosticBag diagnostics, IProgress<StepProgress>? progress = null)
    {
        var renderer = new PageRenderer(templates, context.SiteView);
        var done = 0;
        Parallel.For(0, plan.Count, i =>
        {
            var planned = plan[i];
            var path = context.Urls.OutputPath(planned.Url);
            if (planned.Inputs is { } inputs)
            {
                output.WriteBytes(path, inputs, () => renderer.Render(planned.Make(), diagnostics));
            }
            else
            {
                var page = planned.Make();
                output.WriteBytes(path, () => new { page.Kind, page.Url, page.Meta, page.View }, () => renderer.Render(page, diagnostics));
            }

            progress?.Report(new StepProgress("render", Interlocked.Increment(ref done), plan.Count));
        });
    }
}

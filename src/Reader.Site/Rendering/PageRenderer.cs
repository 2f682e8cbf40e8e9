using HandlebarsDotNet;
using Reader.Content;
using Reader.Site.Views;

namespace Reader.Site.Rendering;

/// <summary>Renders one page: its kind's template with the page's view model, then the base layout around it.</summary>
public sealed class PageRenderer(TemplateSet templates, SiteView site, SiteUrls urls)
{
    public RenderedPage? Render(Page page, DiagnosticBag diagnostics)
    {
        if (templates.For(page.Kind) is not var (path, template))
        {
            return null;
        }

        try
        {
            var content = template(new PageContext(site, page.Meta, page.View));
            var html = templates.Layout(new LayoutContext(site, page.Meta, content));
            return new RenderedPage(urls.OutputPath(page.Url), html.ReplaceLineEndings("\n"));
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
        {
            diagnostics.Add(Diagnostic.Error($"theme/{path}", null, $"rendering {page.Url} failed: {e.Message}", "templates can only print the properties of the page's view model"));
            return null;
        }
    }
}

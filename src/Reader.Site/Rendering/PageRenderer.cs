using HandlebarsDotNet;
using Reader.Content;
using Reader.Site.Views;

namespace Reader.Site.Rendering;

/// <summary>Renders one page: its kind's template with the page's view model, then the base layout around it.</summary>
public sealed class PageRenderer(TemplateSet templates, SiteView site)
{
    public string? Render(Page page, DiagnosticBag diagnostics)
    {
        if (templates.For(page.Kind) is not var (path, template))
        {
            return null;
        }

        try
        {
            var view = page.Complete?.Invoke(page.View) ?? page.View;
            var content = template(new PageContext(site, page.Meta, view));

            // Templates are read with "\n" line endings and Markdig writes "\n", so the page needs no second pass.
            return templates.Layout(new LayoutContext(site, page.Meta, content));
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
        {
            diagnostics.Add(Diagnostic.Error($"theme/{path}", null, $"rendering {page.Url} failed: {e.Message}", "templates can only print the properties of the page's view model"));
            return null;
        }
    }
}

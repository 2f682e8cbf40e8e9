using System.Text;
using Reader.Content;
using Reader.Site.Rendering.Templates;
using Reader.Site.Views;

namespace Reader.Site.Rendering;

/// <summary>
/// Renders one page: its kind's template with the page's view model, then the base layout around it, written as
/// UTF-8 into a buffer each thread reuses, so a page's HTML is never copied into a string and then into bytes.
/// </summary>
public sealed class PageRenderer(TemplateSet templates, SiteView site)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly ThreadLocal<(MemoryStream Bytes, StreamWriter Writer)> _buffers = new(() =>
    {
        var bytes = new MemoryStream(256 * 1024);
        return (bytes, new StreamWriter(bytes, Utf8, 64 * 1024, leaveOpen: true));
    });

    /// <returns>The page in UTF-8, valid until this thread renders its next page; null when rendering failed (and reported why).</returns>
    public ReadOnlyMemory<byte>? Render(Page page, DiagnosticBag diagnostics)
    {
        if (templates.For(page.Kind) is not { } template)
        {
            return null;
        }

        var (bytes, writer) = _buffers.Value;
        bytes.SetLength(0);
        try
        {
            var view = page.Complete?.Invoke(page.View) ?? page.View;
            var content = template.Render(new PageContext(site, page.Meta, view), templates.Partials);

            // Templates are read with "\n" line endings and Markdig writes "\n", so the page needs no second pass.
            templates.Layout.Render(writer, new LayoutContext(site, page.Meta, content), templates.Partials);
            writer.Flush();
            return bytes.GetBuffer().AsMemory(0, (int)bytes.Length);
        }
        catch (TemplateException e)
        {
            writer.Flush();
            diagnostics.Add(Diagnostic.Error(e.TemplateFile ?? template.File, e.Line, $"rendering {page.Url} failed: {e.Message}", e.Hint, e.Column));
            return null;
        }
    }
}

using Reader.Site.Images;
using Reader.Site.Tests.Support;
using SkiaSharp;

namespace Reader.Site.Tests.Pages;

/// <summary>Images of <c>input/images/</c>: published, sized, lazy, offered at smaller widths, and checked.</summary>
public sealed class LocalImageTests
{
    [Fact]
    public void An_image_is_copied_and_shown_with_its_size_lazily_and_with_smaller_copies()
    {
        var photo = TestImages.Jpeg(1200, 800);
        using var site = MiniSite.Build("""
            -- input/articles/a.md --
            ---
            title: A
            ---
            ![The harbour](/images/places/harbour.jpg)
            """, images: [("input/images/places/harbour.jpg", photo)]);

        Assert.Empty(site.Errors);
        Assert.Equal(photo, File.ReadAllBytes(Path.Combine(site.OutputDir, "images/places/harbour.jpg")));
        var image = site.Html("articles/a/index.html").QuerySelector("main img")!;
        Assert.Equal("1200", image.GetAttribute("width"));
        Assert.Equal("800", image.GetAttribute("height"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Equal(
            "/image-sizes/480/places/harbour.jpg 480w, /image-sizes/960/places/harbour.jpg 960w, /images/places/harbour.jpg 1200w",
            image.GetAttribute("srcset"));
        Assert.Equal(SiteImages.Sizes, image.GetAttribute("sizes"));
        foreach (var width in new[] { 480, 960 })
        {
            using var copy = SKBitmap.Decode(Path.Combine(site.OutputDir, $"image-sizes/{width}/places/harbour.jpg"));
            Assert.Equal(width, copy.Width);
            Assert.Equal(width * 2 / 3, copy.Height);
        }

        Assert.False(site.Exists("image-sizes/1440/places/harbour.jpg"));
    }

    [Fact]
    public void A_small_image_gets_its_size_and_no_copies_and_a_captioned_one_stays_a_figure()
    {
        using var site = MiniSite.Build("""
            -- input/articles/a.md --
            ---
            title: A
            ---
            ^^^
            ![A map](/images/map.png)
            ^^^ Kunashir and Iturup, 1945.
            """, images: [("input/images/map.png", TestImages.Png(300, 200))]);

        Assert.Empty(site.Errors);
        var figure = site.Html("articles/a/index.html").QuerySelector("main figure")!;
        var image = figure.QuerySelector("img")!;
        Assert.Equal("300", image.GetAttribute("width"));
        Assert.Null(image.GetAttribute("srcset"));
        Assert.Equal("Kunashir and Iturup, 1945.", figure.QuerySelector("figcaption")!.TextContent.Trim());
        Assert.DoesNotContain(site.Files(), f => f.StartsWith("image-sizes/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_image_is_an_error_naming_the_file_line_and_column()
    {
        using var site = MiniSite.Build("""
            -- input/articles/a.md --
            ---
            title: A
            ---
            First paragraph.

            See ![the chart](/images/chart.png).
            """, images: [("input/images/map.png", TestImages.Png(30, 20))]);

        var error = Assert.Single(site.Errors);
        Assert.EndsWith("articles/a.md", error.Path, StringComparison.Ordinal);
        Assert.Equal(6, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Contains("missing image '/images/chart.png'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resized_copies_are_byte_identical_from_build_to_build()
    {
        const string Files = """
            -- input/articles/a.md --
            ---
            title: A
            ---
            ![A photo](/images/photo.png)
            """;
        using var first = MiniSite.Build(Files, images: [("input/images/photo.png", TestImages.Png(1000, 500))]);
        using var second = MiniSite.Build(Files, images: [("input/images/photo.png", TestImages.Png(1000, 500))]);

        Assert.Equal(
            File.ReadAllBytes(Path.Combine(first.OutputDir, "image-sizes/960/photo.png")),
            File.ReadAllBytes(Path.Combine(second.OutputDir, "image-sizes/960/photo.png")));
    }
}

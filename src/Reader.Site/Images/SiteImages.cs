using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using Reader.Content;
using Reader.Site.Outputs;

namespace Reader.Site.Images;

/// <summary>
/// The site's own images, <c>input/images/…</c>: each is published at <c>/images/…</c> as it is, and an article that
/// shows one gets its width and height (so the text does not jump as it loads), lazy loading, and smaller copies
/// (<see cref="Widths"/>) in a <c>srcset</c>, so a phone does not download a picture made for a wide screen. The
/// copies are made by <see cref="ImageResizer"/> and kept in a cache folder by the source's hash, so a build makes
/// only those of new or changed images.
/// </summary>
/// <param name="cacheDir">Where resized copies are kept between builds; null keeps none (every build makes them).</param>
public sealed class SiteImages(string inputDir, SiteUrls urls, string? cacheDir, DiagnosticBag diagnostics)
{
    public const string Folder = "images";

    /// <summary>Where the smaller copies are published: <c>/image-sizes/480/map.jpg</c> is <c>/images/map.jpg</c> 480 pixels wide.</summary>
    public const string SizesFolder = "image-sizes";

    /// <summary>The widths of the smaller copies; only those narrower than the image are made.</summary>
    public static readonly IReadOnlyList<int> Widths = [480, 960, 1440];

    /// <summary>An image shows at most at the text's measure (68 characters, about 720 CSS pixels) and at the screen's width below it.</summary>
    public const string Sizes = "(max-width: 760px) 100vw, 720px";

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg" };

    private static readonly HtmlParser Parser = new();

    private readonly Lazy<IReadOnlyDictionary<string, LocalImage>> _images = new(() => Find(inputDir, diagnostics));

    /// <summary>Every image, by its path under the output folder (<c>images/maps/kuril.jpg</c>).</summary>
    public IReadOnlyDictionary<string, LocalImage> All => _images.Value;

    /// <summary>Stands for every image's name, size and dimensions: a body showing images renders the same while it is the same.</summary>
    public string Key => _key ??= Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', All.Values.Select(i => $"{i.Path}\t{i.Hash}\t{i.Width}x{i.Height}")))));

    private string? _key;

    /// <summary>
    /// Gives each <c>img</c> of rendered HTML that shows one of the site's images its dimensions, lazy loading and
    /// smaller copies. HTML that shows none is returned as it is, unparsed.
    /// </summary>
    public string Enhance(string html)
    {
        var prefix = urls.Root + "/" + Folder + "/";
        if (All.Count == 0 || !html.Contains("src=\"" + prefix, StringComparison.Ordinal))
        {
            return html;
        }

        var document = Parser.ParseDocument("<!doctype html><html><body>" + html);
        foreach (var image in document.Body!.QuerySelectorAll("img[src]"))
        {
            var src = image.GetAttribute("src")!;
            if (!src.StartsWith(prefix, StringComparison.Ordinal) || !All.TryGetValue(Uri.UnescapeDataString(src[(urls.Root.Length + 1)..]), out var local))
            {
                continue;
            }

            image.SetAttribute("loading", "lazy");
            image.SetAttribute("decoding", "async");
            if (local.Width is not { } width || local.Height is not { } height)
            {
                continue;
            }

            image.SetAttribute("width", width.ToString(CultureInfo.InvariantCulture));
            image.SetAttribute("height", height.ToString(CultureInfo.InvariantCulture));
            var smaller = Smaller(local);
            if (smaller.Count > 0)
            {
                var candidates = smaller.Select(w => $"{Url(SizedPath(local.Path, w))} {w.ToString(CultureInfo.InvariantCulture)}w").Append($"{src} {width.ToString(CultureInfo.InvariantCulture)}w");
                image.SetAttribute("srcset", string.Join(", ", candidates));
                image.SetAttribute("sizes", Sizes);
            }
        }

        return document.Body.InnerHtml;
    }

    /// <summary>Publishes every image and its smaller copies; a copy whose source is unchanged comes from the cache, not the resizer.</summary>
    public void Write(OutputWriter output)
    {
        Parallel.ForEach(All.Values, image =>
        {
            output.WriteBytes(image.Path, () => image.Hash, () => File.ReadAllBytes(image.File));
            foreach (var width in Smaller(image))
            {
                output.WriteBytes(SizedPath(image.Path, width), () => $"{image.Hash}:{width.ToString(CultureInfo.InvariantCulture)}:{ImageResizer.Version}", () => Resized(image, width));
            }
        });
    }

    /// <summary>The widths an image is made at: those of <see cref="Widths"/> narrower than it. Vector and animated images are shown as they are.</summary>
    public static IReadOnlyList<int> Smaller(LocalImage image) =>
        image.Width is { } width && ImageResizer.CanResize(image.Path) ? [.. Widths.Where(w => w < width)] : [];

    public static string SizedPath(string path, int width) => $"{SizesFolder}/{width.ToString(CultureInfo.InvariantCulture)}/{path[(Folder.Length + 1)..]}";

    private string Url(string path) => urls.Root + "/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private byte[]? Resized(LocalImage image, int width)
    {
        var cached = cacheDir is null ? null : Path.Combine(cacheDir, $"{image.Hash}-{width.ToString(CultureInfo.InvariantCulture)}-{ImageResizer.Version}{Path.GetExtension(image.Path).ToLowerInvariant()}");
        if (cached is not null && File.Exists(cached))
        {
            return File.ReadAllBytes(cached);
        }

        var bytes = ImageResizer.Resize(File.ReadAllBytes(image.File), image.Path, width);
        if (bytes is null)
        {
            diagnostics.Add(Diagnostic.Warning(image.Shown, null, "the image could not be read to make smaller copies of it; it is published as it is", "save it again as JPEG, PNG or WebP"));
            return null;
        }

        if (cached is not null)
        {
            // The cache only saves time: a folder that cannot be written to costs the next build the resizing again.
            try
            {
                Directory.CreateDirectory(cacheDir!);
                OutputWriter.ReplaceAtomically(cached, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        return bytes;
    }

    private static IReadOnlyDictionary<string, LocalImage> Find(string inputDir, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(inputDir, Folder);
        var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputDir)));
        var found = new ConcurrentDictionary<string, LocalImage>(StringComparer.Ordinal);
        var files = Directory.Exists(folder)
            ? FolderFiles.Enumerate(folder, inputDir, (link, target) => diagnostics.Add(Diagnostic.Warning(
                Path.Combine(root, Path.GetRelativePath(inputDir, link)).Replace('\\', '/'), null,
                $"the image is a symbolic link to {target}, outside the input folder; it was not published", "copy the image into input/images/ instead of linking to it")))
            : [];
        Parallel.ForEach(files.Where(f => Extensions.Contains(Path.GetExtension(f))), file =>
        {
            var path = Path.GetRelativePath(inputDir, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            var (width, height) = ImageResizer.Dimensions(bytes, path);
            found[path] = new LocalImage(path, file, $"{root}/{path}", Convert.ToHexString(SHA256.HashData(bytes))[..32], width, height);
        });
        return found;
    }
}

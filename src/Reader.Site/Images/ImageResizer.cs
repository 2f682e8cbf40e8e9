using SkiaSharp;

namespace Reader.Site.Images;

/// <summary>
/// Reads image sizes and makes smaller copies with SkiaSharp (Skia, the 2D library of Chrome and Android): one
/// format in, the same format out, with a fixed quality and filter, so the same image gives the same bytes.
/// </summary>
public static class ImageResizer
{
    /// <summary>Part of every cached copy's name: a change of library, quality or filter makes the copies again.</summary>
    public const string Version = "skia4-q82-mitchell";

    private const int Quality = 82;

    /// <summary>Raster formats Skia encodes. GIFs may be animated and SVGs are vectors: both are shown as they are.</summary>
    public static bool CanResize(string path) => Format(path) is not null;

    /// <summary>The width and height the file's header states, without decoding the pixels; nulls when it cannot be read (SVG, a broken file).</summary>
    public static (int? Width, int? Height) Dimensions(byte[] bytes, string path)
    {
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return (null, null);
        }

        // A photograph taken on its side says so in its EXIF orientation: browsers show it turned, and so must the sizes.
        var info = codec.Info;
        return codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom
            ? (info.Height, info.Width)
            : (info.Width, info.Height);
    }

    /// <returns>The image <paramref name="width"/> pixels wide, in its own format; null when it cannot be decoded.</returns>
    public static byte[]? Resize(byte[] bytes, string path, int width)
    {
        if (Format(path) is not { } format)
        {
            return null;
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        var height = Math.Max(1, (int)Math.Round(upright.Height * (width / (double)upright.Width), MidpointRounding.AwayFromZero));
        using var resized = upright.Resize(new SKImageInfo(width, height, upright.ColorType, upright.AlphaType, upright.ColorSpace), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null)
        {
            return null;
        }

        using var image = SKImage.FromBitmap(resized);
        using var encoded = image.Encode(format, Quality);
        return encoded?.ToArray();
    }

    private static SKEncodedImageFormat? Format(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => SKEncodedImageFormat.Jpeg,
        ".png" => SKEncodedImageFormat.Png,
        ".webp" => SKEncodedImageFormat.Webp,
        _ => null,
    };

    /// <summary>The bitmap turned as its EXIF orientation says, since the copies carry no EXIF of their own.</summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return bitmap.Copy();
        }

        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(turned ? bitmap.Height : bitmap.Width, turned ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType, bitmap.ColorSpace);
        using var canvas = new SKCanvas(result);
        var (w, h) = (bitmap.Width, bitmap.Height);
        // Each case maps a source pixel (x, y) to where EXIF says it belongs; the canvas applies the last call first.
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: // (w - x, y)
                canvas.Translate(w, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight: // (w - x, h - y)
                canvas.Translate(w, h);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft: // (x, h - y)
                canvas.Translate(0, h);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop: // (y, x)
                canvas.Scale(-1, 1);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightTop: // (h - y, x)
                canvas.Translate(h, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom: // (h - y, w - x)
                canvas.Translate(h, w);
                canvas.Scale(1, -1);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.LeftBottom: // (y, w - x)
                canvas.Translate(0, w);
                canvas.RotateDegrees(270);
                break;
        }

        using var source = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(source, 0, 0, SKSamplingOptions.Default);
        return result;
    }
}

namespace Reader.Site.Images;

/// <summary>One image of <c>input/images/</c>.</summary>
/// <param name="Path">Its path under the output folder, which is its path under the input folder: <c>images/map.jpg</c>.</param>
/// <param name="File">The file it is read from.</param>
/// <param name="Shown">The path diagnostics name (<c>input/images/map.jpg</c>).</param>
/// <param name="Hash">A hash of its bytes: a smaller copy is made again only when it changes.</param>
/// <param name="Width">Its width in pixels; null for an image whose size cannot be read (an SVG, a damaged file).</param>
public sealed record LocalImage(string Path, string File, string Shown, string Hash, int? Width, int? Height);

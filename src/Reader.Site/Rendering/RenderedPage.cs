namespace Reader.Site.Rendering;

/// <summary>A finished output file: its path under the output folder (forward slashes) and its text.</summary>
public sealed record RenderedPage(string OutputPath, string Content);

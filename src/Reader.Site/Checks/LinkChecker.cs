namespace Reader.Site.Checks;

/// <summary>
/// Follows every internal href and src of every page in an output folder and reports those that lead
/// nowhere: a missing file, or a #fragment with no element of that id on the target page.
/// </summary>
public static class LinkChecker
{
    private static readonly Uri Origin = new("http://reader.invalid/");

    public static IReadOnlyList<PageProblem> Check(OutputFolder output, string linkRoot = "")
    {
        var root = linkRoot.Trim().Trim('/');
        var prefix = root.Length == 0 ? "/" : $"/{root}/";
        var problems = new List<PageProblem>();
        foreach (var page in output.Pages)
        {
            var pageUri = new Uri(Origin, prefix + page);
            foreach (var element in output[page].QuerySelectorAll("a[href], link[href], script[src], img[src], source[src], iframe[src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (Problem(output, pageUri, prefix, target) is { } problem)
                {
                    problems.Add(new PageProblem(page, $"<{element.LocalName}> '{target}': {problem}"));
                }
            }
        }

        return problems;
    }

    private static string? Problem(OutputFolder output, Uri pageUri, string prefix, string target)
    {
        if (target.Length == 0)
        {
            return "empty link";
        }

        if (!Uri.TryCreate(pageUri, target, out var resolved))
        {
            return "not a valid URL";
        }

        if (resolved.Host != Origin.Host || target.StartsWith("//", StringComparison.Ordinal))
        {
            // External: http(s), mailto and other hosts are not ours to check.
            return null;
        }

        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return $"outside the site root '{prefix}'";
        }

        var file = path[prefix.Length..];
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }

        if (!output.Exists(file))
        {
            return $"no file {file}";
        }

        var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
        if (fragment.Length == 0)
        {
            return null;
        }

        return output.Find(file) is { } document && document.GetElementById(fragment) is null ? $"no element with id '{fragment}' in {file}" : null;
    }
}

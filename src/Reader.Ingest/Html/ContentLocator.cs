using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// Finds the elements that hold the article body: <c>[itemprop=articleBody]</c>, else the best of the scored
/// candidate (with its sibling paragraphs) and <c>article</c>/<c>main</c>/<c>[role=main]</c>.
/// </summary>
public sealed class ContentLocator(BlockScorer scorer, CleaningOptions options)
{
    private const int MinStrongLength = 200;

    // A landmark element is preferred to the scored candidate when it holds at least this share of the candidate's text:
    // the landmark is the page's own statement of where the article is, the scores only an estimate.
    private const double LandmarkShare = 0.7;

    // An article element beside the top candidate wins when it holds more prose: Medium splits a story over sections,
    // none of which alone outscores the responses below it, while the article holds them all.
    private const double ArticleOverCandidate = 1;

    public IReadOnlyList<IElement> Locate(IElement body)
    {
        if (options.UseStrongSignals && ArticleBodyProps(body) is { Count: > 0 } props)
        {
            return props;
        }

        var scores = scorer.Score(body);
        var top = scores.Count == 0 ? null : scores.MaxBy(p => p.Value).Key;
        var landmark = options.UseStrongSignals ? Landmark(body) : null;
        if (top is null)
        {
            return [landmark ?? body];
        }

        if (landmark is not null)
        {
            var landmarkLength = TextMeasure.Length(landmark);
            if (landmark.Contains(top) || (TextMeasure.Length(top) * LandmarkShare <= landmarkLength && top.Contains(landmark))
                || (landmark.LocalName == "article" && Prose(landmark) >= Prose(top) * ArticleOverCandidate))
            {
                return [landmark];
            }
        }

        return options.UseSiblingMerge ? WithSiblings(top, scores) : [top];
    }

    private static double Prose(IElement element) => TextMeasure.Length(element) * (1 - TextMeasure.LinkDensity(element));

    private static List<IElement> ArticleBodyProps(IElement body)
    {
        var props = body.QuerySelectorAll("[itemprop=articleBody]")
            .Where(e => e.ParentElement?.Closest("[itemprop=articleBody]") is null)
            .ToList();
        return props.Sum(TextMeasure.Length) >= MinStrongLength ? props : [];
    }

    /// <summary>The landmark with the most text: the longest <c>article</c>, else <c>[role=main]</c> or <c>main</c>.</summary>
    private static IElement? Landmark(IElement body)
    {
        var article = body.QuerySelectorAll("article")
            .Where(a => a.ParentElement?.Closest("article") is null)
            .Select(a => (Element: a, Length: TextMeasure.Length(a)))
            .DefaultIfEmpty()
            .MaxBy(a => a.Length);
        if (article.Element is not null && article.Length >= MinStrongLength)
        {
            return StreamOf(article.Element) ?? article.Element;
        }

        return body.QuerySelector("[role=main]") ?? body.QuerySelector("main");
    }

    /// <summary>
    /// A live blog marks each entry up as an <c>article</c>: when the longest one has two or more siblings of its
    /// class, the story is the stream that holds them all.
    /// </summary>
    public static IElement? StreamOf(IElement article)
    {
        if (article.ParentElement is not { } parent || string.IsNullOrEmpty(article.ClassName))
        {
            return null;
        }

        var alike = 0;
        foreach (var sibling in parent.Children)
        {
            alike += sibling != article && sibling.LocalName == "article" && sibling.ClassName == article.ClassName ? 1 : 0;
        }

        return alike >= 2 ? parent : null;
    }

    private static List<IElement> WithSiblings(IElement top, Dictionary<IElement, double> scores)
    {
        if (top.ParentElement is not { } parent || top.LocalName is "body")
        {
            return [top];
        }

        var topScore = scores[top];
        var threshold = Math.Max(10, topScore * 0.2);
        var siblings = parent.Children.ToList();
        var keep = new bool[siblings.Count];
        for (var i = 0; i < siblings.Count; i++)
        {
            var sibling = siblings[i];
            if (sibling == top)
            {
                keep[i] = true;
                continue;
            }

            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                keep[i] = true;
            }
            // A table cell beside the story is a layout column (link lists, teasers), not a paragraph of it.
            else if (sibling.LocalName is "p" || (sibling.LocalName is not "td" && BlockScorer.IsParagraphLike(sibling)))
            {
                var length = TextMeasure.Length(sibling);
                var density = TextMeasure.LinkDensity(sibling);
                var text = sibling.TextContent.TrimEnd();
                keep[i] = (length > 80 && density < 0.25) || (length is > 0 and <= 80 && density == 0 && text.EndsWith('.'));
            }
        }

        // A heading or figure directly before a kept block belongs to it.
        for (var i = siblings.Count - 2; i >= 0; i--)
        {
            if (!keep[i] && keep[i + 1] && siblings[i].LocalName is "h2" or "h3" or "h4" or "h5" or "h6" or "figure")
            {
                keep[i] = true;
            }
        }

        return [.. siblings.Where((_, i) => keep[i])];
    }
}

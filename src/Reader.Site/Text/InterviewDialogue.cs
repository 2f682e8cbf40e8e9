using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reader.Content;
using Reader.Site.Model;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>
/// Sets an interview as a dialogue. Ingest writes an interview's questions as paragraphs wholly in bold; read as
/// bold body text they look like shouting. Each question becomes a <c>p.question</c> and the first paragraph of each
/// answer a <c>p.answer</c>, both opening with the speaker: the full name the first time, initials after (with the
/// name as its title), as magazines set them.
/// </summary>
public static class InterviewDialogue
{
    public static bool Applies(Article article) => article.Matter.Kind.Equals("interview", StringComparison.OrdinalIgnoreCase);

    public static void Apply(MarkdownAst document, Article article)
    {
        var asker = new Speaker(article.Credits.FirstOrDefault(c => c.Role == AuthorRole.Interviewer)?.Person.Name, "Q");
        var answerer = new Speaker(article.Credits.FirstOrDefault(c => c.Role == AuthorRole.Interviewee)?.Person.Name, "A");
        var afterQuestion = false;
        foreach (var block in document)
        {
            if (block is not ParagraphBlock { Inline: { } inline } paragraph)
            {
                afterQuestion = afterQuestion && block is not HeadingBlock;
                continue;
            }

            // "**Jackie Enzmann:** How has …" names its speaker already: it only needs its side of the dialogue.
            if (NamedSpeaker(inline, article) is { } role)
            {
                paragraph.GetAttributes().AddClass(role == AuthorRole.Interviewer ? "question" : "answer");
                inline.FirstChild!.GetAttributes().AddClass("speaker");
                afterQuestion = false;
            }
            else if (IsQuestion(inline))
            {
                Mark(paragraph, inline, "question", asker);
                afterQuestion = true;
            }
            else if (afterQuestion)
            {
                Mark(paragraph, inline, "answer", answerer);
                afterQuestion = false;
            }
        }
    }

    /// <summary>The role of the credited person a paragraph opens with in bold ("**Taisuke Abiru:**" or "**Abiru:**").</summary>
    private static AuthorRole? NamedSpeaker(ContainerInline inline, Article article)
    {
        if (inline.FirstChild is not EmphasisInline { DelimiterCount: 2 } bold || bold.NextSibling is null)
        {
            return null;
        }

        var label = PlainText.Of(bold).Trim().TrimEnd(':').Trim();
        var credit = article.Credits.FirstOrDefault(c =>
            label.Length > 1 && (c.Person.Name.Equals(label, StringComparison.OrdinalIgnoreCase)
                || c.CreditedName.Equals(label, StringComparison.OrdinalIgnoreCase)
                || c.Person.Name.EndsWith(" " + label, StringComparison.OrdinalIgnoreCase)));
        return credit?.Role;
    }

    /// <summary>A paragraph that is one bold run, give or take white space around it.</summary>
    private static bool IsQuestion(ContainerInline inline)
    {
        var parts = inline.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList();
        return parts is [EmphasisInline { DelimiterCount: 2 }];
    }

    private static void Mark(ParagraphBlock paragraph, ContainerInline inline, string kind, Speaker speaker)
    {
        paragraph.GetAttributes().AddClass(kind);
        var label = new EmphasisInline { DelimiterChar = '*', DelimiterCount = 2 };
        label.GetAttributes().AddClass("speaker");
        var (text, title) = speaker.Next();
        if (title is not null)
        {
            label.GetAttributes().AddProperty("title", title);
        }

        label.AppendChild(new LiteralInline(text));
        var first = inline.FirstChild;
        if (first is null)
        {
            inline.AppendChild(label);
            return;
        }

        first.InsertBefore(label);
        first.InsertBefore(new LiteralInline(" "));
    }

    /// <summary>One side of the dialogue: named in full once, then by initials.</summary>
    private sealed class Speaker(string? name, string fallback)
    {
        private bool _named;

        public (string Text, string? Title) Next()
        {
            if (name is null)
            {
                return (fallback, null);
            }

            if (!_named)
            {
                _named = true;
                return (name, null);
            }

            return (Initials(name), name);
        }

        private static string Initials(string name) =>
            string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])));
    }
}

namespace Reader.Site.Text;

/// <summary>A sentence of a body that names a person (of <c>input/people/</c>), and how often it names them.</summary>
/// <param name="PassageId">The paragraph's id (see <see cref="PassageAnchors"/>).</param>
public sealed record PersonMention(string PersonKey, string PassageId, string Sentence, int Count);

using Reader.Site.Model;

namespace Reader.Site.Text;

/// <summary>
/// Everything read from one body: its <see cref="ArticleText"/>, kept while pages are made, and two larger parts
/// a single build lets go once they are used: the word counts (for related articles) and the search tokens.
/// </summary>
/// <param name="Terms">Word counts of the title and body.</param>
/// <param name="SearchTokens">The title's and body's distinct search tokens (<see cref="Text.SearchTokens"/>).</param>
public sealed record ArticleAnalysis(ArticleText Text, IReadOnlyList<TermCount> Terms, int[] SearchTokens);

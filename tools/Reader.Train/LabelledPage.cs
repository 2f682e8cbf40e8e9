namespace Reader.Train;

/// <summary>One development page cut into blocks: each block's text, its features and its label (1 article, 0 boilerplate, null unknown).</summary>
/// <param name="Weight">How much the page's blocks count in training.</param>
/// <param name="IsFixture">A page written for the project's tests or one of its seeds: trained on, never scored.</param>
internal sealed record LabelledPage(string Id, string[] Texts, double[][] Features, int?[] Labels, double Weight = 1, bool IsFixture = false);

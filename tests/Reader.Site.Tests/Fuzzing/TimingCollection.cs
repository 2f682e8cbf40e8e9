namespace Reader.Site.Tests.Fuzzing;

/// <summary>Timing ratios are only meaningful when no other test competes for the cores: these run alone.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;

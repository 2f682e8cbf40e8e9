namespace Reader.Content;

/// <summary>How far a long step has got, for progress bars and log lines: e.g. ("clean", 40, 500, "seeds/x.txt").</summary>
public readonly record struct StepProgress(string Stage, int Done, int Total, string? Item = null);

using Reader.Content;

namespace Reader.Site.Text;

/// <summary>A date a text states, where it stands in the text.</summary>
/// <param name="EndYear">The year a range ends in ("2019–2020"); the date is its start.</param>
public readonly record struct StatedDate(int Index, int Length, PartialDate Date, int? EndYear = null)
{
    /// <summary>"2016", "May 2018", "12 May 2020", "2019–2020".</summary>
    public string Text => EndYear is { } end ? $"{Date.Text}–{end.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : Date.Text;
}

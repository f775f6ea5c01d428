namespace Ingestion.Parser.Core;

/// <summary>
/// "If you go" / "Getting there: Evora is about 85 miles east of Lisbon. …" / "Where to stay: …" / "Information: …": a
/// newspaper travel story's service box under the text, its label over entries that each open with a label of a few
/// words and a colon. The box is no paragraph of the story. A community calendar item's box is the same shape: "Event
/// details:" / "When: Tuesday, Feb. 12, 5 to 7 p.m." / "Where: St. Brendan's parish hall, …" / "Cost: …".
/// </summary>
internal static class TravelInfoBox
{
    private static readonly WordSet Labels = new(["if you go", "if you go …", "if you go...", "if you visit", "when you go", "trip planner", "need to know", "event details", "event info", "event information"]);

    private const int MaxEntryLabelWords = 4;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (text.Length <= 20 && Labels.Contains(text.AsSpan().Trim(" :")))
        {
            return lines.NearWithinOneBlank(index, 1) is var first && first >= 0 && IsEntry(lines[first].Text);
        }

        if (!IsEntry(text))
        {
            return false;
        }

        // Up through the entries above it to the label over the first.
        var i = index;
        do
        {
            i = lines.NearWithinOneBlank(i, -1);
        }
        while (i >= 0 && IsEntry(lines[i].Text));

        return i >= 0 && lines[i].Text.Length <= 20 && Labels.Contains(lines[i].Text.AsSpan().Trim(" :"));
    }

    /// <summary>"Getting there: …", "Where to stay: …", "Information: visitalentejo.pt": a capitalised label of a few words and a colon.</summary>
    private static bool IsEntry(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && char.IsUpper(text[0]) && Words.Count(text.AsSpan(0, colon)) <= MaxEntryLabelWords;
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "If you go" / "Getting there: Evora is about 85 miles east of Lisbon. …" / "Where to stay: …" / "Information: …": a
/// newspaper travel story's service box under the text, its label over entries that each open with a label of a few
/// words and a colon. The box is no paragraph of the story. A community calendar item's box is the same shape: "Event
/// details:" / "When: Tuesday, Feb. 12, 5 to 7 p.m." / "Where: St. Brendan's parish hall, …" / "Cost: …". A magazine's
/// box lists its facts without labels, each a short line right under the last: "If You Go" / "Stonebridge Orchard" /
/// "4410 Sugar Hollow Road, Pruett, Ark." / "Open daily 9 a.m. to 6 p.m. through Nov. 15" / "Cash or check only". An
/// event page's venue box is one too: "Veranstaltungsort" (or "Venue", "Lieu de l'événement") over the hall, the street
/// and the town, each on a line of its own.
/// </summary>
internal static class TravelInfoBox
{
    private static readonly WordSet Labels = new(["if you go", "if you go …", "if you go...", "if you visit", "when you go", "trip planner", "need to know", "event details", "event info", "event information",
        // "Veranstaltungsort" / "Forum Bildung, Halle 7" / "Messeplatz 1" / "50679 Köln": an event page's venue box, its label over the address lines.
        "veranstaltungsort", "venue", "lieu de l'événement"]);

    private const int MaxEntryLabelWords = 4;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (IsLabel(text))
        {
            return (lines.NearWithinOneBlank(index, 1) is var first && first >= 0 && IsEntry(lines[first].Text))
                || (index + 1 < lines.Count && IsListingLine(lines[index + 1].Text));
        }

        if (!IsEntry(text))
        {
            return IsListingLine(text) && IsInListingUnderLabel(lines, index);
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

    private static bool IsLabel(string text) => text.Length <= 20 && Labels.Contains(text.AsSpan().Trim(" :"));

    /// <summary>An unlabelled box lists a handful of facts: name, address, hours, payment.</summary>
    private const int MaxListingLines = 6;

    private const int MaxListingLineLength = 60;

    /// <summary>"4410 Sugar Hollow Road, Pruett, Ark.", "Cash or check only": a short line of facts, no paragraph of prose.</summary>
    private static bool IsListingLine(string text) => text.Length is > 0 and <= MaxListingLineLength && char.IsLetterOrDigit(text[0]) && Words.Count(text) <= 10;

    /// <summary>Whether the run of short lines with no blank between that holds the line opens right under the box's label.</summary>
    private static bool IsInListingUnderLabel(PageLines lines, int index)
    {
        for (var i = index - 1; i >= 0 && index - i <= MaxListingLines; i--)
        {
            var text = lines[i].Text;
            if (IsLabel(text))
            {
                return true;
            }

            if (lines[i].IsBlank || !IsListingLine(text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Getting there: …", "Where to stay: …", "Information: visitalentejo.pt": a capitalised label of a few words and a colon.</summary>
    private static bool IsEntry(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && char.IsUpper(text[0]) && Words.Count(text.AsSpan(0, colon)) <= MaxEntryLabelWords;
    }
}

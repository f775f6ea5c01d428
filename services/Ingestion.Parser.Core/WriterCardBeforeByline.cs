namespace Ingestion.Parser.Core;

/// <summary>
/// "Dana Ruiz | druiz@example.com By Dana Ruiz | druiz@example.com The Harbour News": lynx runs the writer's card (name
/// and address) into the byline that follows it on one line. The card repeats the byline's opening, so the byline is read
/// from its label.
/// </summary>
internal static class WriterCardBeforeByline
{
    private const string Label = " By ";

    /// <summary>A writer's name, not a sentence, stands before the card's bar or comma.</summary>
    private const int MaxNameLength = 40;

    /// <summary>The line from the byline's "By" on, where a card that repeats its name comes first; else the line.</summary>
    public static string Without(string line)
    {
        var label = line.IndexOf(Label, StringComparison.Ordinal);
        if (label <= 0)
        {
            return line;
        }

        var card = line.AsSpan(0, label).Trim();
        var nameEnd = card.IndexOfAny('|', ',');
        var name = (nameEnd > 0 ? card[..nameEnd] : card).Trim();
        return name.Contains(' ') && name.Length <= MaxNameLength && line.AsSpan(label + Label.Length).StartsWith(name, StringComparison.Ordinal) ? line[(label + 1)..] : line;
    }
}

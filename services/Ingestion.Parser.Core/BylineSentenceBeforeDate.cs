namespace Ingestion.Parser.Core;

/// <summary>
/// "Par Fabienne Cherix. Mis à jour le 12.03.2013", "Von Jana Keller. Aktualisiert am 12.03.2013": Swiss and German
/// papers of 2010–2014 end the byline with a full stop and write the date after it as a second sentence.
/// </summary>
internal static class BylineSentenceBeforeDate
{
    private static readonly PrefixSet DateSentences = new(BareTimeLabel.LabelWords);

    /// <summary>The line with a bar in place of the full stop between byline and date, so that each is read as its own item.</summary>
    public static string WithBarBeforeDate(string line)
    {
        // Past initials: "Par J. L. Ortuzar. Mis à jour le …" stops after "Ortuzar".
        for (var stop = line.IndexOf(". ", StringComparison.Ordinal); stop > 0; stop = line.IndexOf(". ", stop + 2, StringComparison.Ordinal))
        {
            if (DateSentences.Matches(line.AsSpan(stop + 2)) && Words.HasDigit(line.AsSpan(stop)))
            {
                var byline = line[..stop];
                return BylineParser.TryRead(byline) is { Count: > 0 } ? byline + " | " + line[(stop + 2)..] : line;
            }
        }

        return line;
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "creator": ["Annals of Sound: Annals of Sound"]: a video platform's Parse.ly block fills "creator" from its credit
/// field, "Series: Title", where the series credits itself. A label and a colon before the words make a credit line or a
/// heading, never a person's name, so the value names no writer; a page whose only byline that was is left without one
/// rather than given its series as the author. A colon inside an address is no label ("://" is refused before this).
/// Cost: one character search of each creator value.
/// </summary>
internal static class LabelledCreditCreator
{
    /// <summary>Whether <paramref name="name"/> holds a label's colon ("Label: words", or a colon closing it).</summary>
    public static bool Is(string name)
    {
        var colon = name.IndexOf(':');
        return colon > 0 && (colon == name.Length - 1 || name[colon + 1] == ' ');
    }
}

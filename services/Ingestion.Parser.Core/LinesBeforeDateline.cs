namespace Ingestion.Parser.Core;

/// <summary>
/// "Students gather at the Chinese University of Hong Kong on April 8, 2014." over "Hong Kong (GNN) -- Thousands of
/// students …": a story that opens with its dateline opens there. A short line or two the reader took for text above it
/// is the picture's caption, a deck or a teaser the text browser printed between the headline and the story.
/// </summary>
internal static class LinesBeforeDateline
{
    /// <summary>The most lines above the dateline set apart; more, and the dateline is a later section's.</summary>
    private const int MaxLinesAbove = 2;

    private const int MaxLineLength = 250;

    private const int LongestLabel = 25;

    /// <summary>"(KMBR photo)", "Photo by Name": a credit with no sentence of its own, which stands under its caption.</summary>
    private static bool IsBareCredit(string caption) =>
        !Words.EndsSentence(caption) && (CaptionDetector.IsCreditOnly(caption) || CaptionDetector.TryRead(caption) is not null);

    /// <summary>Removes the lines above the dateline from <paramref name="body"/>; those that read as a caption go to <paramref name="captions"/>.</summary>
    public static void RemoveFrom(List<string> body, List<string> captions)
    {
        for (var at = 1; at <= MaxLinesAbove && at < body.Count; at++)
        {
            // "Editor's note: …", "Update: …" over the dateline are the story's own words.
            if (body[at - 1].Length > MaxLineLength || Dateline.Opens(body[at - 1]) || BareAgencyDateline.Opens(body[at - 1]) || body[at - 1].AsSpan(0, Math.Min(body[at - 1].Length, LongestLabel)).Contains(':'))
            {
                return;
            }

            if (Dateline.Opens(body[at]) || BareAgencyDateline.Opens(body[at]) || ColonDateline.OpensStory(body, at))
            {
                // A sentence there describes the picture over the story ("… speaks to reporters … on Thursday."); a credit line is one too.
                // Its credit on the line under it ("(KMBR photo)"), already taken, follows it: the caption goes before that credit.
                var moved = body.Take(at).Where(line => Words.EndsSentence(line) || CaptionDetector.TryRead(line) is not null).ToList();
                var before = moved.Count > 0 && captions.Count > 0 && IsBareCredit(captions[^1]) && Words.EndsSentence(moved[^1]) ? captions.Count - 1 : captions.Count;
                captions.InsertRange(before, moved);
                body.RemoveRange(0, at);
                return;
            }
        }
    }
}

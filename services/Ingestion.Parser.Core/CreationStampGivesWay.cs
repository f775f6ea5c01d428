namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD "dateCreated": "2019-03-13T07:02:51Z" with no "datePublished", beside the byline's
/// "&lt;time itemprop="datePublished" datetime="2019-03-12T09:40+0000"&gt;12 March 2019 • 9:40am&lt;/time&gt;": the creation stamp
/// is when the CMS made the record (a copy made for another edition a day later, here), the page's own microdata marks
/// the publish time it shows, and that is the story's time.
/// </summary>
internal static class CreationStampGivesWay
{
    /// <summary>The microdata's marked publish time when there is one, else the creation stamp.</summary>
    public static string Prefer(string created, string? published) => published ?? created;
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CardBodyHeadlineTests
{
    private const string Story = """
        <html><head><meta charset="utf-8"><title>Ferry timetable cut | The Quay Weekly</title>
        <meta property="og:title" content="Ferry timetable cut"></head>
        <body><div class="story"><h1>Ferry timetable cut</h1>
        <p>The harbour board will run the island ferry four times a day from March, down from six, after a winter in which half the crossings carried fewer than ten passengers.</p>
        <p>Members said the saving would pay for the new pontoon, which the council has asked for since the storm two years ago bent the old one out of shape.</p>
        <p>Islanders at the meeting asked for the early boat to stay, since the school run and the market both depend on it, and the board promised to look again in June.</p></div>
        <div class="read-also"><h3>Read also</h3>
        <div class="card"><div class="teaser-head"><a href="https://quay.example/2014/3/pontoon.html"><img src="https://quay.example/p/pontoon.jpg" alt=""></a></div>
        <div class="teaser-body"><div class="kicker"><a href="https://quay.example/2014/3/pontoon.html">Harbour works</a></div>
        <h4><a href="https://quay.example/2014/3/pontoon.html">A pontoon at last</a></h4>
        <p>The council signed the order for the new landing stage on Tuesday, and the first sec...</p>
        <div class="byline">Von Ines Harrow</div></div></div></div>
        __PICTURE__
        </body></html>
        """;

    [Fact]
    public void A_cards_box_under_its_thumbnail_is_no_caption() =>
        Assert.Empty(HtmlPageSplitter.Split(Story.Replace("__PICTURE__", "", StringComparison.Ordinal)).Captions);

    [Fact]
    public void A_credited_line_under_a_story_picture_stays_a_caption() =>
        Assert.Contains(HtmlPageSplitter.Split(Story.Replace("__PICTURE__", """
            <div class="photo"><a href="https://quay.example/p/ferry-large.jpg"><img src="https://quay.example/p/ferry.jpg" alt=""></a></div>
            <div class="photo-text">The island ferry at the north quay. (Photo: Ines Harrow)</div>
            """, StringComparison.Ordinal)).Captions, caption => caption.Contains("The island ferry at the north quay.", StringComparison.Ordinal));
}

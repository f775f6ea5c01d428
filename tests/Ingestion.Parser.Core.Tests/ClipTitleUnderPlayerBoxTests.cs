using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClipTitleUnderPlayerBoxTests
{
    private static ParsedPage Parse(string underPlayer) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Council delays the harbour wall vote - Coast Herald</title>
        <meta property="og:site_name" content="Coast Herald"></head><body>
        <div class="storyHead"><h1>Council delays the harbour wall vote</h1></div>
        <div class="story"><p class="bylineBody">By <a rel="author" href="/journalists/tom-ashby/">Tom Ashby</a></p>
        <div id="mainBodyArea">
        <p>The council put off its vote on the new harbour wall on Thursday after fishermen asked for more time to read the plans.</p>
        <p>Engineers say the old wall has moved six inches since the winter storms and will need work within two years.</p>
        <p>
        <div class='videoPlayer'>
        <script type="text/javascript">embedPlayer({ target: 'wrapper', autoplay: false });</script>
        </div>
        {{underPlayer}}
        </p>
        <p>The mayor said a special meeting would be called in the spring, once the fishermen's association had replied.</p>
        <p>Work on the wall would close the north quay to boats for most of a summer, the engineers' report warns.</p>
        </div></div></body></html>
        """), "wall.html");

    [Fact]
    public void The_clip_title_under_a_player_box_is_neither_body_nor_caption()
    {
        var page = Parse("<sup>Fishermen march on the town hall over quay plans</sup>");

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Fishermen march", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Captions, caption => caption.Contains("Fishermen march", StringComparison.Ordinal));
        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_sentence_under_the_player_is_left_to_the_other_readers()
    {
        var page = Parse("<sup>Fishermen marched on the town hall over the quay plans.</sup>");

        Assert.Contains(page.BodyParagraphs.Concat(page.Captions), line => line.Contains("Fishermen marched", StringComparison.Ordinal));
    }
}

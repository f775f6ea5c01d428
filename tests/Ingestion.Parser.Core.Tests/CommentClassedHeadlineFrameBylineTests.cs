using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentClassedHeadlineFrameBylineTests
{
    private const string Story = """
        <div class="Copy"><p>Der Gemeinderat will die alte Fähre ab dem Frühjahr wieder fahren lassen, doch ohne ein Konzept für den Winterbetrieb bleibt die Rechnung offen, und die Anlieger warten seit Jahren auf eine Antwort.</p>
        <p>Ein Zuschuss des Landes ist beantragt, aber noch nicht bewilligt. Bis dahin bleibt offen, wer die Lücke im Haushalt schließen soll und wie lange der Fährmann bezahlt werden kann.</p></div>
        """;

    [Fact]
    public void A_byline_in_an_opinion_columns_comment_classed_header_box_names_the_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            <html lang="de"><head><title>Fähre: Was der Rat jetzt klären muss</title></head><body>
            <div class="Page_commentHeader"><article class="HeaderComment"><div class="Author HeaderComment_author"><span class="Author_name">Karla Wendt, Kanzlei</span></div>
            <h1 class="HeaderComment_headline">Was der Rat jetzt klären muss</h1><div class="PublishDate"><span>Montag,</span> <span>3. Februar 2020</span></div></article></div>
            {Story}
            </body></html>
            """), "faehre.html");

        Assert.Equal(["Karla Wendt"], page.Authors);
    }

    [Fact]
    public void A_comment_classed_box_that_does_not_hold_the_headline_is_no_frame_round_it()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <div class="Page_commentHeader" id="frame"><h1>Was der Rat jetzt klären muss</h1><div class="Author">Karla Wendt</div></div>
            <div class="comment-box" id="reader"><div class="comment-author">Ingo Ahrens</div><p>Endlich tut sich etwas.</p></div>
            """);

        Assert.True(HeadlineFrame.Holds(document.GetElementById("frame")!));
        Assert.False(HeadlineFrame.Holds(document.GetElementById("reader")!));
    }
}

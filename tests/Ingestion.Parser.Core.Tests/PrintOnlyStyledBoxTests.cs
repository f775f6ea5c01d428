using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PrintOnlyStyledBoxTests
{
    private const string Post = """
        <div id="wrap"><div class="post"><h1>Reviving an old pocket calculator</h1>
        <div class="entry"><p>Last week I found my first pocket calculator in a drawer, its display dim and one key stuck, and I wanted to see whether it would still add two numbers after all these years.</p>
        {0}<p>A new pair of batteries and a drop of contact cleaner under the stuck key were all it needed, and now it sits on my desk again beside the keyboard.</p></div></div></div>
        """;

    private const string Notice = """
        <div id="papernote"><p>You are trying to print a page of the so-called web. The web is a worldwide network of computers that lets people talk in new ways.</p>
        <p>Since paper understands none of this, we think it best to spare it the trouble, in the interest of both sides and of the trees as well.</p>
        <p>If you still want to read this page, open it in a browser like everyone else does, which needs only a little knowledge of computers.</p>
        <p>Getting round this print block is not allowed by the house rules of this blog.</p></div>
        """;

    private static ParsedPage Parse(string style, string afterPost, string inEntry = "") => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
        $"<html><head><title>Reviving an old pocket calculator | Bench Notes</title><style>{style}</style></head><body>{Post.Replace("{0}", inEntry, StringComparison.Ordinal)}{afterPost}</body></html>"), "post.html");

    [Fact]
    public void A_notice_the_style_sheet_shows_only_on_paper_is_no_article()
    {
        var page = Parse("#papernote{display:none;}@media print{body{font-size:1px;}p,div{display:none;}#papernote p{display:block;}#papernote{margin:0;display:block !important;}}", Notice);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("Last week I found", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("so-called web", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_box_hidden_on_screen_but_not_shown_for_print_stays()
    {
        const string more = """
            <div class="morebox"><p>Then I opened the case to look at the board, which holds one chip, a few wires and a solar cell that never worked very well indoors.</p>
            <p>The chip is marked with a date code from the spring of the year I got it, and the keys sit on a sheet of rubber domes that had gone hard at the edges, which explains the stuck key better than the dirt I blamed at first.</p></div>
            """;
        var page = Parse(".morebox{display:none} @media print{.noprint{display:none}}", string.Empty, more);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("opened the case", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_single_ids_or_classes_hidden_at_the_top_and_shown_in_print_count()
    {
        const string css = """
            /* letterhead */ #papernote, .printhead { display : none } .screenonly { display: none } div.x { display: none }
            @media screen { #papernote { display: block } } @media print { #papernote { display: block !important } .printhead { display:inline } .screenonly { display: none } }
            """;

        Assert.Equal(["#papernote", ".printhead"], PrintOnlyStyledBox.ShownOnlyInPrint(css));
    }
}

using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HiddenTextInBylinePartTests
{
    [Fact]
    public void A_byline_part_with_a_hidden_site_name_and_a_follow_button_under_it_names_the_writer_alone()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry back in service - Video | Harbour Post</title></head><body>
            <div class="full_entry video">
            <div class="title"><h1 class="left">Ferry back in service after two days in port</h1></div>
            <h5 class="clear">Posted: Tuesday, October 8, 2019, 11:05 AM</h5>
            <div class="author_info"><a href="/user/martaolsen/"><img class="Avatar" src="/avatars/1.png" alt="Marta Olsen"></a>
            <span class="author_byline">By <span><a href="/user/martaolsen/videos.html">Marta Olsen</a></span>
            <span style="display:none; visibility:hidden;">Harbour Post</span>
            <br /><a class="follow">Follow</a></span></div>
            <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
            <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
            </div></body></html>
            """), "ferry.html");

        Assert.Equal(["Marta Olsen"], page.Authors);
    }

    [Theory]
    [InlineData("<span>By <a>Marta Olsen</a></span>")]
    [InlineData("<span>Harbour desk<br>Updated daily</span>")]
    public void A_part_with_nothing_hidden_and_no_break_or_no_byline_line_gives_no_names(string markup)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");

        Assert.Null(HiddenTextInBylinePart.Read(document.Body!.FirstElementChild!, _ => false));
    }
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FollowButtonAccountTests
{
    internal static string Page(string button, string copyright) => $"""
        <!doctype html><html><head><meta charset="utf-8"><title>Wool Coats Worth Keeping For Ten Winters</title></head><body>
        <nav class="side-nav"><ul><li class="category">Pick Region</li><li><a href="/uk">United Kingdom</a></li><li><a href="/ie">Ireland</a></li></ul></nav>
        <header class="global-header"><div class="left-menu"><a href="/" class="global-logo"></a>
        <div class="global-navigation"><ul><li class="nav-category"><a href="/style">Style</a><ul><li><a href="/style/tips">Tips</a></li><li><a href="/style/shops">Shops</a></li></ul></li>
        <li class="nav-category"><a href="/home">Home</a></li></ul></div></div>
        <div class="right-menu"><ul class="social-nav"><li><a href="https://twitter.example/woolmark" class="twitter-follow-button">{button}</a></li></ul></div></header>
        <article><div class="header"><h1 class="title">Wool Coats Worth Keeping For Ten Winters</h1>
        <div class="byline main-contributors"><span class="contributor"><a href="/author/mara-quill">Mara Quill</a></span></div>
        <div class="byline modified"><span>November 14, 2016</span>, <span>9:00 AM</span></div></div>
        <section class="body">
        <div class="section-text">A good wool coat costs more than a season's jacket, but it outlasts a dozen of them if it is brushed and aired.</div>
        <div class="section-text">The seams tell you most: look for taped shoulders and a lining stitched by hand at the hem.</div>
        <div class="section-text">Keep it on a broad hanger, away from the radiator, and it will hold its shape for years.</div>
        </section></article>
        <footer class="global-footer"><ul><li class="copyright">{copyright}</li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
        </body></html>
        """;

    private static ParsedPage Parse(string button, string copyright) =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page(button, copyright)), "coats.html");

    [Fact]
    public void A_follow_button_for_the_account_the_copyright_line_holds_names_the_site_as_the_holder_spells_it()
    {
        var page = Parse("Follow woolmark29", "© 2016 Woolmark29");
        Assert.Equal("Woolmark29", page.Site);
    }

    [Fact]
    public void A_follow_button_is_no_masthead_where_the_copyright_line_holds_another_name()
    {
        var page = Parse("Follow woolmark29", "© 2016 Fernside Media");
        Assert.NotEqual("Follow woolmark29", page.Site);
    }

    [Fact]
    public void In_a_text_dump_the_account_that_signs_a_footer_link_before_the_copyright_sign_is_the_site()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Follow Gridiron247

              • Facebook
              • Twitter

            All NFL Scores

            Harbour City hires its offensive coordinator as head coach

            By Dale Mercer
            December 10, 2016

            Harbour City promoted its offensive coordinator to head coach on Saturday, a week after the old coach left for a bigger program.

            The new coach has spent six seasons on the staff and called the plays in both of the team's bowl wins this decade.

              • Gridiron247 © 2016
              • About
              • Privacy

            © 2005-2016 Parent Media Interactive. All rights reserved.
            """), "coach.txt");

        Assert.Equal("Gridiron247", page.Site);
    }
}

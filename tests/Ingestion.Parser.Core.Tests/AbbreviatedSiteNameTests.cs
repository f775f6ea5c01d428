using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AbbreviatedSiteNameTests
{
    private static ParsedPage Parse(string siteName, string notice) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html><head><title>Council backs ferry fare freeze - {{siteName}}</title>
        <meta property="og:site_name" content="{{siteName}}"></head><body>
        <div id="mod-article-header"><h1>Council backs ferry fare freeze</h1></div>
        <div class="mod-articletext">
        <p>The city council voted on Tuesday to freeze ferry fares for another year, overruling the transit board's plan.</p>
        <p>Commuters who buy a monthly pass had faced a rise of four dollars from April, the board's figures showed.</p>
        </div>
        <div id="area-bottom"><div id="mod-copyright" class="mod-text">{{notice}}</div><div id="mod-tos"><a href="/terms">Terms of Service</a></div></div>
        </body></html>
        """), "page.html");

    [Fact]
    public void A_handle_gives_way_to_the_name_the_copyright_line_spells()
    {
        Assert.Equal("Bay City Times", Parse("bctimes", "Copyright 2016 Bay City Times").Site);
    }

    [Theory]
    [InlineData("abcn", "© 2016 American Broadcasting Company Network")]
    [InlineData("baytimes", "Copyright 2016 Harbor Media Group")]
    public void A_handle_of_initials_alone_or_one_the_line_does_not_spell_stays(string handle, string notice)
    {
        Assert.Equal(handle, Parse(handle, notice).Site);
    }
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MenuItemBylineTests
{
    private static ParsedPage Parse(string menu) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back | Harbour Radio</title></head><body>
        <header class="globalheader">{{menu}}</header>
        <article class="story"><div class="storytitle"><h1>Ferry back in service after the storm</h1></div>
        <div class="story-meta"><div class="byline"><p class="byline__name"><a href="/people/12/marta-olsen" rel="author"> Marta Olsen </a></p></div></div>
        <div id="storytext" class="storytext">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_menu_section_named_for_authors_is_no_byline()
    {
        var page = Parse("""
            <nav class="global-navigation"><ul class="top-level-list ecosystem-books primary"> <li class="books-home"> <a href="/books/">Radio Books</a> </li>
            <li class="author-interviews"> <a href="/sections/author-interviews/"><b>Author </b>Interviews</a> </li> </ul></nav>
            """);
        Assert.Equal(["Marta Olsen"], page.Authors);
    }

    [Fact]
    public void A_menu_marked_by_its_role_holds_no_byline_either()
    {
        var page = Parse("""
            <div role="navigation"><ul class="top-level-list primary"> <li class="books-home"> <a href="/books/">Radio Books</a> </li>
            <li class="author-talks"> <a href="/sections/author-talks/">Author Talks</a> </li> </ul></div>
            """);
        Assert.Equal(["Marta Olsen"], page.Authors);
    }
}

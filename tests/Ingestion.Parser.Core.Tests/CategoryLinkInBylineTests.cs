using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CategoryLinkInBylineTests
{
    private static ParsedPage Parse(string tags) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html><head><title>Old shelters: what is left of them: Riverside Daily</title></head><body>
        <div class="entry-header"><h1>Old shelters: what is left of them</h1>
        <div class="entry-header-attrib"><span class="byline"><span class="vcard author">by <a href="/author/Dana%20Whitcomb">Dana Whitcomb</a></span> in <a href="/news" rel="tag" title="">News</a>
        on <abbr class="published" title="Mar 9, 2017 10:15 am">Mar 9, 2017 10:15 am</abbr></span></div></div>
        <div class="entry-body">
        <p>The placards still hang beside the doors of schools and post offices, fifty years after the shelters were stocked.</p>
        <p>Most of the basements they point to now hold laundry rooms, bicycles and storage, a survey of the city found.</p>
        </div>
        {{tags}}
        </body></html>
        """), "page.html");

    [Fact]
    public void The_category_linked_in_the_byline_is_no_tag_beside_the_tag_list()
    {
        var page = Parse("""<div class="entry-tags"><ul class="entry-tags-list"><li class="entry-tag"><a href="/tags/coldwar" rel="tag">cold war</a></li> <li class="entry-tag"><a href="/tags/postoffice" rel="tag">post office</a></li></ul></div>""");

        Assert.Equal(["cold war", "post office"], page.Tags);
    }

    [Fact]
    public void A_page_whose_only_tag_link_is_in_the_byline_keeps_it()
    {
        var page = Parse(string.Empty);

        Assert.Equal(["News"], page.Tags);
    }
}

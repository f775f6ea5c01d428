using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LoginBarBlogMastheadTests
{
    [Theory]
    [InlineData("kestrel | blog", "kestrel", true)]
    [InlineData("kestrel | weblog", "kestrel", true)]
    [InlineData("kestrel | shop", "kestrel", false)]
    [InlineData("Harbour Ledger", "harbour", false)]
    public void A_login_before_a_bar_and_a_blog_word_names_the_writers_blog(string site, string login, bool expected) =>
        Assert.Equal(expected, LoginBarBlogMasthead.Is(site, login));

    [Theory]
    [InlineData("kestrel", "kestrel | blog", false)]
    [InlineData("harbour", "Harbour Ledger", true)]
    public void The_writers_login_is_no_site_account(string author, string site, bool expected) => Assert.Equal(expected, SiteAccountByline.Names(author, site));
}

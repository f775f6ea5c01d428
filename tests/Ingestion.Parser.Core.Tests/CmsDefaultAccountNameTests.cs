using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CmsDefaultAccountNameTests
{
    private static ParsedPage Parse(string author) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Debt recovery across borders | Harbour Law</title>
        <meta name="author" content="{{author}}"></head><body>
        <div class="itemView"><h1>Debt recovery across borders</h1>
        <div class="itemFullText">
        <p>Collecting a claim from a debtor abroad takes a title that the courts of the other country accept, and the steps differ from one country to the next.</p>
        <p>A European order for payment is often the quickest way for small claims, since the court issues it without a hearing once the form is complete.</p>
        </div></div>
        </body></html>
        """), "debt.html");

    [Theory]
    [InlineData("Super User")]
    [InlineData("Administrator")]
    public void The_cms_default_account_in_the_author_meta_signs_no_one(string account)
    {
        Assert.Empty(Parse(account).Authors);
    }

    [Fact]
    public void A_writer_named_in_the_author_meta_stays()
    {
        Assert.Equal(["Ann Superville"], Parse("Ann Superville").Authors);
    }

    [Theory]
    [InlineData("super user", true)]
    [InlineData(" Site Admin ", true)]
    [InlineData("Ann Superuser", false)]
    public void Only_the_account_names_themselves_are_default_accounts(string name, bool expected)
    {
        Assert.Equal(expected, CmsDefaultAccountName.Is(name));
    }
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BlogNameInDocumentTitleTests
{
    [Theory]
    [InlineData("House GOP weighs stopgap bill – Capitol Desk - GNN.com Blogs", "Capitol Desk", true)]
    [InlineData("Storm track shifts east | Weather Watch | Channel 9 Blogs", "Weather Watch", true)]
    [InlineData("House GOP weighs stopgap bill – Capitol Desk - GNN.com", "Capitol Desk", false)]
    [InlineData("Capitol Desk reporters on the shutdown fight – GNN.com Blogs", "Capitol Desk", false)]
    [InlineData("The Ledger Line", "The Ledger Line", false)]
    public void The_document_title_names_the_blog_among_a_networks_blogs(string title, string name, bool named) =>
        Assert.Equal(named, BlogNameInDocumentTitle.Is(title, name));
}

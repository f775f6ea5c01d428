using System.Xml.Linq;
using Xunit;

namespace Ingestion.Deployment.Tests;

public sealed class DockerfileTests
{
    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Image_is_built_with_the_sdk_and_runs_on_the_aspnet_runtime(string name)
    {
        var dockerfile = Dockerfile.Read(DeployedServices.Named(name).Dockerfile);

        Assert.True(dockerfile.Stages.Count >= 2, "a multi-stage build: the SDK stays out of the image");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:", dockerfile.Build[0].Arguments, StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", dockerfile.Final[0].Arguments, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Image_runs_as_a_non_root_user(string name)
    {
        var dockerfile = Dockerfile.Read(DeployedServices.Named(name).Dockerfile);

        var user = dockerfile.Final.Named("USER").LastOrDefault()?.Arguments;

        Assert.NotNull(user);
        var uid = user.Split(':')[0];
        Assert.True(
            uid is "$APP_UID" or "${APP_UID}" || (int.TryParse(uid, out var number) && number > 0),
            $"USER {user}: expected the base image's non-root $APP_UID or a non-zero numeric UID");
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Image_listens_on_the_probed_port_and_checks_its_own_readiness_without_curl(string name)
    {
        var dockerfile = Dockerfile.Read(DeployedServices.Named(name).Dockerfile);
        var port = DeployedServices.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // appsettings.json binds localhost; only the unprefixed Urls variable overrides it.
        Assert.Contains(dockerfile.Final.Named("ENV"), env => env.Arguments.Contains($"Urls=http://+:{port}", StringComparison.Ordinal));
        var healthcheck = Assert.Single(dockerfile.Final.Named("HEALTHCHECK")).Arguments;
        Assert.Contains($"/{port}", healthcheck, StringComparison.Ordinal);
        Assert.Contains(DeployedServices.ReadyPath, healthcheck, StringComparison.Ordinal);
        Assert.DoesNotContain("curl", healthcheck, StringComparison.Ordinal);
        Assert.DoesNotContain("wget", healthcheck, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Image_restores_with_every_project_the_service_references(string name)
    {
        var service = DeployedServices.Named(name);
        var dockerfile = Dockerfile.Read(service.Dockerfile);
        var restoreAt = dockerfile.Build.ToList().FindIndex(i =>
            i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        Assert.True(restoreAt > 0, "the build stage runs dotnet restore on its own layer");

        var copiedBeforeRestore = dockerfile.Build.Take(restoreAt).Named("COPY")
            .SelectMany(copy => copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Directory.Build.props", copiedBeforeRestore);
        Assert.Contains("Directory.Packages.props", copiedBeforeRestore);
        Assert.All(ProjectClosure(service.ProjectFile), project => Assert.Contains(project, copiedBeforeRestore));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Image_starts_its_own_service(string name)
    {
        var service = DeployedServices.Named(name);
        var dockerfile = Dockerfile.Read(service.Dockerfile);

        var entrypoint = Assert.Single(dockerfile.Final.Named("ENTRYPOINT")).Arguments;

        Assert.Contains($"\"{service.Project}.dll\"", entrypoint, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_context_leaves_out_host_build_output_and_local_secrets()
    {
        var ignored = RepositoryFiles.ReadText(".dockerignore").Split('\n').Select(line => line.Trim()).ToHashSet(StringComparer.Ordinal);

        // A host's obj/project.assets.json would replace the one restored in the container and break the build.
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains(".env", ignored);
        Assert.Contains("inbox/", ignored);
    }

    /// <summary>The project and every project it references, directly or not, as paths from the repository root.</summary>
    private static SortedSet<string> ProjectClosure(string projectFile)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([projectFile]);
        while (pending.TryPop(out var project))
        {
            if (!found.Add(project))
            {
                continue;
            }

            var directory = Path.GetDirectoryName(RepositoryFiles.PathOf(project))!;
            foreach (var reference in XDocument.Load(RepositoryFiles.PathOf(project)).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', '/');
                var fullPath = Path.GetFullPath(Path.Combine(directory, include));
                pending.Push(Path.GetRelativePath(RepositoryFiles.Root, fullPath).Replace('\\', '/'));
            }
        }

        return found;
    }
}

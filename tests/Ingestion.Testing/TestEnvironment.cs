namespace Ingestion.Testing;

/// <summary>
/// Where the tests find RabbitMQ and PostgreSQL: the servers deploy/local/infra.sh sets up, unless these
/// environment variables point elsewhere.
/// </summary>
public static class TestEnvironment
{
    public static string PostgresConnectionString { get; } =
        Environment.GetEnvironmentVariable("INGESTION_TEST_POSTGRES")
        ?? "Host=localhost;Port=5432;Database=ingestion;Username=ingestion;Password=ingestion";

    public static string RabbitMqHost { get; } = Environment.GetEnvironmentVariable("INGESTION_TEST_RABBITMQ_HOST") ?? "localhost";

    public static string RabbitMqUser { get; } = Environment.GetEnvironmentVariable("INGESTION_TEST_RABBITMQ_USER") ?? "ingestion";

    public static string RabbitMqPassword { get; } = Environment.GetEnvironmentVariable("INGESTION_TEST_RABBITMQ_PASSWORD") ?? "ingestion";

    public static Uri RabbitMqManagementUri { get; } =
        new(Environment.GetEnvironmentVariable("INGESTION_TEST_RABBITMQ_MANAGEMENT") ?? "http://localhost:15672/");

    /// <summary>The repository root, found from the test assembly's location.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ingestion.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Ingestion.sln above {AppContext.BaseDirectory}.");
    }
}

using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Leadtype.Generators.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);

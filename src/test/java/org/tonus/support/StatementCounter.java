package org.tonus.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread prepares, so a test can hold a page to a budget
 * (a bounded number of queries, not one per row).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	public static void reset() {
		COUNT.get()[0] = 0;
	}

	public static int count() {
		return COUNT.get()[0];
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
					return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
							forward(dataSource, (target, method, args) -> {
								Object result = method.invoke(target, args);
								return result instanceof Connection connection ? counting(connection) : result;
							}));
				}
				return bean;
			}

		};
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				forward(connection, (target, method, args) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
						COUNT.get()[0]++;
					}
					return method.invoke(target, args);
				}));
	}

	private interface Call {

		Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Exception;

	}

	private static InvocationHandler forward(Object target, Call call) {
		return (proxy, method, args) -> {
			try {
				if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
					return method.invoke(target, args);
				}
				return call.call(target, method, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		};
	}

}
